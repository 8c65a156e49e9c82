using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using MiniExcel = MiniExcelLibs.MiniExcel;

namespace KampungKB.Graph.Data.Import;

/// <summary>What <see cref="KampungKbExporter"/> can write.</summary>
public enum ExportKind
{
    KampungKb,
    Observations,
}

/// <summary>
/// Writes the Kampung KB or observations of one region (a province, kab/kota, kecamatan or village code) as CSV
/// or .xlsx, in exactly the layout the importer reads, so an exported file imports back with nothing changed.
/// </summary>
public static class KampungKbExporter
{
    /// <returns>Rows written.</returns>
    public static async Task<int> ExportAsync(KampungKbDbContext db, ExportKind kind, string regionCode, string path, CancellationToken ct = default)
    {
        var prefix = regionCode + ".";
        var kampungKbs = db.KampungKbs.AsNoTracking().Where(k => k.VillageCode == regionCode || k.VillageCode.StartsWith(prefix));
        List<string[]> rows;
        string[] header;
        if (kind == ExportKind.KampungKb)
        {
            header = [.. KampungKbDataImporter.KampungKbTable.TableLayout.All];
            rows = (await kampungKbs.OrderBy(k => k.VillageCode).ThenBy(k => k.Id).ToListAsync(ct))
                .Select(k => new[]
                {
                    k.VillageCode, k.Name, k.DeclaredOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), k.Coverage ?? "",
                    Number(k.Latitude), Number(k.Longitude), Bool(k.IsActive), Bool(k.IsRegencyModel), Bool(k.IsProvinceModel),
                }).ToList();
        }
        else
        {
            header = [.. KampungKbDataImporter.ObservationTable.TableLayout.All];
            rows = await db.Observations.AsNoTracking()
                .Where(o => kampungKbs.Any(k => k.Id == o.KampungKbId))
                .OrderBy(o => o.KampungKb!.VillageCode).ThenBy(o => o.KampungKbId).ThenBy(o => o.IndicatorCode).ThenBy(o => o.Period)
                .Select(o => new { o.KampungKb!.VillageCode, o.IndicatorCode, o.Period, o.Value, o.KampungKb.Name })
                .AsAsyncEnumerable()
                .Select(o => new[] { o.VillageCode, o.IndicatorCode, o.Period, o.Value.ToString("R", CultureInfo.InvariantCulture), o.Name })
                .ToListAsync(ct);
        }
        if (TableFile.IsExcel(path))
        {
            // Cells stay text, so codes such as 51.01 are never read back as numbers.
            MiniExcel.SaveAs(path, rows.Select(r => header.Select((h, i) => (h, r[i])).ToDictionary(c => c.h, c => (object)c.Item2)), overwriteFile: true);
        }
        else
        {
            var text = new StringBuilder();
            text.AppendJoin(',', header).Append('\n');
            foreach (var row in rows)
            {
                text.AppendJoin(',', row.Select(Quote)).Append('\n');
            }
            await File.WriteAllTextAsync(path, text.ToString(), new UTF8Encoding(false), ct);
        }
        return rows.Count;
    }

    private static string Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "";

    private static string Bool(bool value) => value ? "true" : "false";

    private static string Quote(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
}
