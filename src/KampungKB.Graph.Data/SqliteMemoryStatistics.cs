using SQLitePCL;

namespace KampungKB.Graph.Data;

/// <summary>
/// Turns SQLite's memory statistics off for the process, before its first connection. With them on (the bundled
/// library's default) every allocation and free of every connection takes one global mutex to count bytes: eight
/// requests at once on two cores queue on it, about ten futex system calls a list request (<c>perf</c>). The hub never
/// reads the statistics (<c>sqlite3_memory_used</c>) nor sets a soft heap limit, which needs them.
/// </summary>
public static class SqliteMemoryStatistics
{
    private static readonly Lazy<bool> Off = new(() =>
    {
        Batteries_V2.Init();
        // SQLITE_MISUSE once the library is initialized (a connection was opened earlier in this process): the statistics
        // then stay on, which is only slower.
        return raw.sqlite3_config(raw.SQLITE_CONFIG_MEMSTATUS, 0) == raw.SQLITE_OK;
    });

    /// <summary>Applies the setting once per process; true when it took effect.</summary>
    public static bool TurnOff() => Off.Value;
}
