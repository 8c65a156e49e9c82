using System.Globalization;
using System.Text;
using KampungKB.Graph.Data;
using Microsoft.EntityFrameworkCore;

namespace KampungKB.Graph.Server.Tests;

/// <summary>Every value of every row of every table of a hub's database, as one text, tables in name order.</summary>
public static class DatabaseContents
{
    /// <summary>Each table as <c>\u0001name</c>, each value after it as <c>\u0002value</c>: any insert, update or delete changes it.</summary>
    public static async Task<string> TextAsync(HubFactory hub)
    {
        await using var db = hub.OpenDatabase();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = hub.Database.Provider == DatabaseProvider.Postgres
                ? "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name COLLATE \"C\""
                : "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        }
        var text = new StringBuilder();
        foreach (var table in tables)
        {
            text.Append('\u0001').Append(table);
            await using var rows = connection.CreateCommand();
            rows.CommandText = $"SELECT * FROM \"{table.Replace("\"", "\"\"")}\"";
            await using var reader = await rows.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                for (var i = 0; i < reader.FieldCount; i++)
                    text.Append('\u0002').Append(Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture));
        }
        return text.ToString();
    }
}
