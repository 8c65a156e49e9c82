using System.ComponentModel;
using Spectre.Console.Cli;

namespace KampungKB.Graph.Server.Cli;

/// <summary>What every <c>import</c> verb takes.</summary>
internal class ImportSettings : CommandSettings
{
    [CommandArgument(0, "<FILE>")]
    [Description("The file to import: CSV (UTF-8 with or without BOM, LF or CRLF), or .xlsx for Kampung KB data.")]
    public string File { get; init; } = "";

    [CommandOption("--allow-partial")]
    [Description("Write the valid rows even when others are rejected (default: all or nothing).")]
    public bool AllowPartial { get; init; }

    [CommandOption("--rejects <PATH>")]
    [Description("Where to write rejected rows; default FILE.rejects.csv beside the file.")]
    public string? Rejects { get; init; }

    [CommandOption("--connection <CONNECTION_STRING>")]
    [Description("Connection string for Database:Provider (SQLite unless set); default ConnectionStrings:KampungKb (data/kampungkb.db).")]
    public string? Connection { get; init; }
}
