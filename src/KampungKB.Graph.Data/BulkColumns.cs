using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace KampungKB.Graph.Data;

/// <summary>Columns of one mapped table as bulk writes use them: delimited names, type mappings, each row's values.</summary>
internal sealed class BulkColumns
{
    private readonly IClrPropertyGetter[] _getters;

    private BulkColumns(string table, string[] names, IProperty[] properties, RelationalTypeMapping[] mappings)
    {
        (Table, Names, Mappings) = (table, names, mappings);
        _getters = properties.Select(p => p.GetGetter()).ToArray();
    }

    /// <summary>The table's delimited name.</summary>
    public string Table { get; }

    /// <summary>The columns' delimited names, in the order given.</summary>
    public string[] Names { get; }

    public RelationalTypeMapping[] Mappings { get; }

    public int Count => Names.Length;

    public static BulkColumns Of(KampungKbDbContext db, IEntityType entityType, IProperty[] columns)
    {
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        return new(sql.DelimitIdentifier(table.Name, table.Schema), columns.Select(c => sql.DelimitIdentifier(c.GetColumnName(table)!)).ToArray(),
            columns, columns.Select(c => c.GetRelationalTypeMapping()).ToArray());
    }

    /// <summary>Column <paramref name="i"/> of <paramref name="row"/> as the database stores it (after the model's value converter), or null.</summary>
    public object? Value(object row, int i)
    {
        var value = _getters[i].GetClrValueUsingContainingEntity(row);
        return value is null ? null : Mappings[i].Converter?.ConvertToProvider(value) ?? value;
    }
}
