using System.Data.Common;

namespace KampungKB.Graph.Data;

/// <summary>The Npgsql settings the hub adds to a PostgreSQL connection string that does not set them itself.</summary>
public static class PostgresConnection
{
    /// <summary>Statements each connection keeps prepared when the connection string does not say.</summary>
    public const int MaxAutoPrepare = 64;

    /// <summary>
    /// Adds <c>Max Auto Prepare</c>: Npgsql then prepares a statement a connection has run five times, and PostgreSQL
    /// stops parsing and planning it on every run. The engine's statements are a few shapes run many times. A connection
    /// string that sets it wins (<c>Max Auto Prepare=0</c> turns it off, as a pooler in transaction mode needs).
    /// </summary>
    public static string WithDefaults(string connectionString)
    {
        var keys = new DbConnectionStringBuilder { ConnectionString = connectionString };
        return keys.ContainsKey("Max Auto Prepare") || keys.ContainsKey("MaxAutoPrepare")
            ? connectionString
            : $"{connectionString.TrimEnd(';', ' ')};Max Auto Prepare={MaxAutoPrepare}";
    }
}
