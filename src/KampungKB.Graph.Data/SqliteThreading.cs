using SQLitePCL;

namespace KampungKB.Graph.Data;

/// <summary>
/// Puts the process's SQLite in multi-thread mode with no memory statistics, before its first connection. The bundled
/// library defaults to serialized mode, which takes a mutex on every call (each column read of every row), and counts
/// memory under one global mutex. ADO.NET connections are never used by two threads at once, so neither mutex protects
/// anything here; Microsoft.Data.Sqlite's maintainers suggest this same call for it.
/// </summary>
public static class SqliteThreading
{
    private static readonly Lazy<bool> Applied = new(() =>
    {
        Batteries_V2.Init();
        // Both fail with SQLITE_MISUSE once the library is initialized (a connection was opened earlier in this process):
        // the process then keeps the serialized default, which is as safe, only slower.
        return raw.sqlite3_config(raw.SQLITE_CONFIG_MULTITHREAD) == raw.SQLITE_OK
            & raw.sqlite3_config(raw.SQLITE_CONFIG_MEMSTATUS, 0) == raw.SQLITE_OK;
    });

    /// <summary>Applies the setting once per process; true when it took effect.</summary>
    public static bool PreferMultiThread() => Applied.Value;
}
