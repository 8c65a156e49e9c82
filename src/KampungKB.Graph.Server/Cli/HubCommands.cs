namespace KampungKB.Graph.Server.Cli;

/// <summary>The executable's verbs; with none, it serves.</summary>
internal static class HubCommands
{
    public static bool IsVerb(string[] args) => args.Length > 0 && !args[0].StartsWith('-');

    public static Task<int> RunAsync(string[] args) => Task.FromResult(1);
}
