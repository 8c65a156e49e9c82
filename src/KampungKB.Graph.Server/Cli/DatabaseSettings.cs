using System.ComponentModel;
using Spectre.Console.Cli;

namespace KampungKB.Graph.Server.Cli;

/// <summary>The database option the keys, views and documents verbs share.</summary>
internal class DatabaseSettings : CommandSettings
{
    [CommandOption("--connection <CONNECTION_STRING>")]
    [Description("Connection string for Database:Provider (SQLite unless set); default ConnectionStrings:KampungKb (data/kampungkb.db).")]
    public string? Connection { get; init; }
}
