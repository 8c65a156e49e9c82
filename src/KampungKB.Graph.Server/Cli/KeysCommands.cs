using System.ComponentModel;
using KampungKB.Graph.Data;
using KampungKB.Graph.Data.Partners;
using KampungKB.Graph.Server.Partners;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;
using Spectre.Console.Cli;

namespace KampungKB.Graph.Server.Cli;

/// <summary><c>keys create --name N --role R [--scope CODE] [--saved-only]</c>: prints the secret once.</summary>
internal sealed class KeysCreateCommand : AsyncCommand<KeysCreateCommand.Settings>
{
    public sealed class Settings : DatabaseSettings
    {
        [CommandOption("--name <NAME>")]
        [Description("Who holds the key, unique, e.g. dinas-jembrana.")]
        public string Name { get; init; } = "";

        [CommandOption("--role <ROLE>")]
        [Description("viewer, analyst, partner, editor or admin.")]
        public string Role { get; init; } = "";

        [CommandOption("--scope <CODE>")]
        [Description("Confine the key to one region by Kemendagri code, e.g. 51.01; default the whole country.")]
        public string? Scope { get; init; }

        [CommandOption("--saved-only")]
        [Description("Let the key run saved documents only (views and persisted documents), never its own queries.")]
        public bool SavedOnly { get; init; }

        public override ValidationResult Validate() =>
            string.IsNullOrWhiteSpace(Name) ? ValidationResult.Error("--name is required, e.g. --name dinas-jembrana")
            : !Enum.TryParse<HubRole>(Role, ignoreCase: true, out var role) || !Enum.IsDefined(role) || int.TryParse(Role, out _)
                ? ValidationResult.Error($"--role must be one of {string.Join(", ", Enum.GetNames<HubRole>().Select(n => n.ToLowerInvariant()))}; got '{Role}'.")
            : ValidationResult.Success();
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var database = await VerbDatabase.OpenAsync(settings.Connection, cancellationToken);
        var db = database.Db;
        var name = settings.Name.Trim();
        var region = settings.Scope?.Trim();
        if (await db.ApiKeys.AnyAsync(k => k.Name == name, cancellationToken))
            return Fail($"A key named '{name}' exists already; pick another name, or revoke it first (keys revoke {name}).");
        if (region is not null && !await RegionExistsAsync(db, region, cancellationToken))
            return Fail($"--scope {region} is not a region code in this database; use a Kemendagri code such as 51.01 (kab/kota) or 51.01.01 (kecamatan)" +
                (await db.Provinces.AnyAsync(cancellationToken) ? "." : ". The database has no regions yet: start the hub once (it loads the demo) or import regions first."));

        var secret = ApiKeySecret.New();
        db.ApiKeys.Add(new ApiKey
        {
            Name = name,
            Role = Enum.Parse<HubRole>(settings.Role, ignoreCase: true),
            RegionScope = region,
            SavedDocumentsOnly = settings.SavedOnly,
            SecretHash = ApiKeySecret.Hash(secret),
            SecretPrefix = ApiKeySecret.Display(secret),
            CreatedAt = DateTime.UtcNow,
        });
        await db.SaveChangesAsync(cancellationToken);
        // The secret alone on stdout, so scripts can capture it; it is not stored and cannot be shown again.
        Console.Out.WriteLine(secret);
        Console.Error.WriteLine($"Created key '{name}' ({settings.Role.ToLowerInvariant()}, {region ?? "whole country"}). Keep the secret above: it is shown only once.");
        return 0;
    }

    private static async Task<bool> RegionExistsAsync(KampungKbDbContext db, string code, CancellationToken ct) =>
        await db.Provinces.AnyAsync(r => r.Code == code, ct) || await db.Regencies.AnyAsync(r => r.Code == code, ct)
        || await db.Districts.AnyAsync(r => r.Code == code, ct) || await db.Villages.AnyAsync(r => r.Code == code, ct);

    private static int Fail(string message)
    {
        Console.Error.WriteLine(message);
        return 2;
    }
}

/// <summary><c>keys list</c>: names, roles, scopes and states; never secrets.</summary>
internal sealed class KeysListCommand : AsyncCommand<DatabaseSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, DatabaseSettings settings, CancellationToken cancellationToken)
    {
        await using var database = await VerbDatabase.OpenAsync(settings.Connection, cancellationToken);
        var db = database.Db;
        var table = new Table().AddColumns("name", "role", "scope", "saved only", "key starts", "created (UTC)", "revoked (UTC)");
        foreach (var key in await db.ApiKeys.AsNoTracking().OrderBy(k => k.Name).ToListAsync(cancellationToken))
            table.AddRow(Markup.Escape(key.Name), key.Role.ToString().ToLowerInvariant(), key.RegionScope ?? "-", key.SavedDocumentsOnly ? "yes" : "no",
                Markup.Escape(key.SecretPrefix), $"{key.CreatedAt:yyyy-MM-dd HH:mm}", key.RevokedAt is { } at ? $"{at:yyyy-MM-dd HH:mm}" : "-");
        AnsiConsole.Write(table);
        return 0;
    }
}

/// <summary><c>keys revoke NAME</c>: the key stops working on every replica at its next request.</summary>
internal sealed class KeysRevokeCommand : AsyncCommand<KeysRevokeCommand.Settings>
{
    public sealed class Settings : DatabaseSettings
    {
        [CommandArgument(0, "<NAME>")]
        [Description("The key's name, as in keys list.")]
        public string Name { get; init; } = "";
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var database = await VerbDatabase.OpenAsync(settings.Connection, cancellationToken);
        var db = database.Db;
        var revoked = await db.ApiKeys.Where(k => k.Name == settings.Name && k.RevokedAt == null)
            .ExecuteUpdateAsync(k => k.SetProperty(x => x.RevokedAt, DateTime.UtcNow), cancellationToken);
        if (revoked == 0)
        {
            Console.Error.WriteLine($"No active key named '{settings.Name}'; see keys list.");
            return 2;
        }
        Console.Error.WriteLine($"Revoked key '{settings.Name}'.");
        return 0;
    }
}
