using System.Buffers.Text;
using System.Data.Common;
using System.Text;
using System.Text.Json;

namespace KampungKB.Graph.Baseline;

/// <summary>
/// Each query of the load mix as hand-written SQL (valid on SQLite and PostgreSQL), streamed into the JSON the hub
/// answers for the same GraphQL document under <c>data</c>. The hub's numbers are ints and doubles computed the same way.
/// </summary>
internal sealed class MixQueries(BaselineDatabase database)
{
    private static readonly string[] Classes = ["DASAR", "BERKEMBANG", "MANDIRI", "BERKELANJUTAN"];
    private static readonly string[] VillageKinds = ["KELURAHAN", "DESA", "DESA_ADAT"];
    private static readonly string[] Statuses = ["PLANNED", "ACTIVE", "ENDED"];

    private const string KampungKbRegion = """
        FROM "KampungKbs" k
        JOIN "Villages" v ON v."Code" = k."VillageCode"
        JOIN "Districts" d ON d."Code" = v."DistrictCode"
        JOIN "Regencies" r ON r."Code" = d."RegencyCode"
        """;

    public async Task OverviewAsync(Utf8JsonWriter json, string province, CancellationToken ct)
    {
        await using var db = await database.OpenAsync(ct);
        json.WritePropertyName("province");
        string? name = null;
        await using (var reader = await Command(db, """SELECT "Name" FROM "Provinces" WHERE "Code" = @p""", ("p", province)).ExecuteReaderAsync(ct))
            if (await reader.ReadAsync(ct)) name = reader.GetString(0);
        if (name is null) { json.WriteNullValue(); return; }

        var regencies = new List<(string Code, string Name)>();
        await using (var reader = await Command(db, """SELECT "Code", "Name" FROM "Regencies" WHERE "ProvinceCode" = @p ORDER BY "Code" """, ("p", province)).ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct)) regencies.Add((reader.GetString(0), reader.GetString(1)));
        var figures = regencies.ToDictionary(r => r.Code, _ => new Figures());
        var total = new Figures();

        await using (var reader = await Command(db, """
            SELECT d."RegencyCode", COUNT(*),
                   SUM(CASE WHEN EXISTS (SELECT 1 FROM "KampungKbs" k WHERE k."VillageCode" = v."Code") THEN 1 ELSE 0 END)
            FROM "Villages" v
            JOIN "Districts" d ON d."Code" = v."DistrictCode"
            JOIN "Regencies" r ON r."Code" = d."RegencyCode"
            WHERE r."ProvinceCode" = @p
            GROUP BY d."RegencyCode"
            """, ("p", province)).ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct))
            {
                var (villages, covered) = (Convert.ToInt32(reader.GetValue(1)), Convert.ToInt32(reader.GetValue(2)));
                figures[reader.GetString(0)].Villages += villages;
                total.Villages += villages;
                total.Covered += covered;
            }

        await using (var reader = await Command(db, $"""
            SELECT d."RegencyCode", k."Classification", COUNT(*), SUM(CASE WHEN k."HasRumahDataKu" THEN 1 ELSE 0 END)
            {KampungKbRegion}
            WHERE r."ProvinceCode" = @p
            GROUP BY d."RegencyCode", k."Classification"
            """, ("p", province)).ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct))
            {
                var (@class, count, rumah) = (Convert.ToInt32(reader.GetValue(1)), Convert.ToInt32(reader.GetValue(2)), Convert.ToInt32(reader.GetValue(3)));
                foreach (var f in new[] { figures[reader.GetString(0)], total })
                {
                    f.KampungKbs += count;
                    f.RumahDataKu += rumah;
                    f.Classes[@class - 1] += count;
                }
            }

        json.WriteStartObject();
        json.WriteString("code", province);
        json.WriteString("name", name);
        json.WriteStartObject("stats");
        json.WriteNumber("villageCount", total.Villages);
        json.WriteNumber("kampungKbCount", total.KampungKbs);
        WriteShare(json, "coverage", total.Covered, total.Villages);
        json.WriteNumber("rumahDataKuCount", total.RumahDataKu);
        WriteShare(json, "rumahDataKuShare", total.RumahDataKu, total.KampungKbs);
        WriteClasses(json, total.Classes, total.KampungKbs, withShare: true);
        json.WriteStartArray("byProgram");
        await using (var reader = await Command(db, $"""
            SELECT p."ProgramCode", COUNT(*)
            FROM "ProgramParticipations" p
            JOIN "KampungKbs" k ON k."Id" = p."KampungKbId"
            JOIN "Villages" v ON v."Code" = k."VillageCode"
            JOIN "Districts" d ON d."Code" = v."DistrictCode"
            JOIN "Regencies" r ON r."Code" = d."RegencyCode"
            WHERE r."ProvinceCode" = @p AND p."Status" = 2
            GROUP BY p."ProgramCode"
            ORDER BY COUNT(*) DESC, p."ProgramCode"
            """, ("p", province)).ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct))
            {
                json.WriteStartObject();
                json.WriteString("programCode", reader.GetString(0));
                json.WriteNumber("count", Convert.ToInt32(reader.GetValue(1)));
                json.WriteEndObject();
            }
        json.WriteEndArray();
        json.WriteEndObject();

        json.WriteStartArray("regencies");
        foreach (var (code, regencyName) in regencies)
        {
            var f = figures[code];
            json.WriteStartObject();
            json.WriteString("code", code);
            json.WriteString("name", regencyName);
            json.WriteStartObject("stats");
            json.WriteNumber("villageCount", f.Villages);
            json.WriteNumber("kampungKbCount", f.KampungKbs);
            WriteClasses(json, f.Classes, f.KampungKbs, withShare: false);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    public async Task PageAsync(Utf8JsonWriter json, string regency, CancellationToken ct)
    {
        const string where = """
            FROM "KampungKbs" k
            JOIN "Villages" v ON v."Code" = k."VillageCode"
            JOIN "Districts" d ON d."Code" = v."DistrictCode"
            WHERE d."RegencyCode" = @r AND k."Classification" = 3
            """;
        await using var db = await database.OpenAsync(ct);
        // The count of the whole list rides in every row, as in the hub's statement: an uncorrelated subquery, worked out once.
        await using var reader = await Command(db, $"""
            SELECT k."Id", k."Name", k."Classification", k."HasRumahDataKu", k."DeclaredOn", v."Code", v."Name", (SELECT COUNT(*) {where})
            {where}
            ORDER BY k."Name", k."Id"
            LIMIT 21
            """, ("r", regency)).ExecuteReaderAsync(ct);
        var more = await reader.ReadAsync(ct);
        json.WriteStartObject("kampungKbs");
        json.WriteNumber("totalCount", more ? Convert.ToInt32(reader.GetValue(7)) : 0);
        var rows = 0;
        json.WriteStartArray("nodes");
        // One row past the page tells whether there is a next page.
        for (; more && ++rows <= 20; more = await reader.ReadAsync(ct))
        {
            json.WriteStartObject();
            json.WriteString("id", Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"KampungKb:{reader.GetInt32(0)}")));
            json.WriteString("name", reader.GetString(1));
            json.WriteString("classification", Classes[reader.GetInt32(2) - 1]);
            json.WriteBoolean("hasRumahDataKu", reader.GetBoolean(3));
            json.WriteString("declaredOn", reader.GetFieldValue<DateOnly>(4).ToString("yyyy-MM-dd"));
            json.WriteStartObject("village");
            json.WriteString("code", reader.GetString(5));
            json.WriteString("name", reader.GetString(6));
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartObject("pageInfo");
        json.WriteBoolean("hasNextPage", rows > 20);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    public async Task TreeAsync(Utf8JsonWriter json, string regency, CancellationToken ct)
    {
        await using var db = await database.OpenAsync(ct);
        json.WritePropertyName("regency");
        string? name = null;
        await using (var reader = await Command(db, """SELECT "Name" FROM "Regencies" WHERE "Code" = @r""", ("r", regency)).ExecuteReaderAsync(ct))
            if (await reader.ReadAsync(ct)) name = reader.GetString(0);
        if (name is null) { json.WriteNullValue(); return; }
        json.WriteStartObject();
        json.WriteString("code", regency);
        json.WriteString("name", name);
        json.WriteStartArray("districts");
        // One statement for the whole tree, in output order; each level opens when its key changes.
        await using (var reader = await Command(db, """
            SELECT d."Code", d."Name", v."Code", v."Name", v."Kind", k."Id", k."Name", k."Classification", p."Status", g."Code", g."Name"
            FROM "Districts" d
            LEFT JOIN "Villages" v ON v."DistrictCode" = d."Code"
            LEFT JOIN "KampungKbs" k ON k."VillageCode" = v."Code"
            LEFT JOIN "ProgramParticipations" p ON p."KampungKbId" = k."Id"
            LEFT JOIN "Programs" g ON g."Code" = p."ProgramCode"
            WHERE d."RegencyCode" = @r
            ORDER BY d."Code", v."Code", k."Id", p."ProgramCode"
            """, ("r", regency)).ExecuteReaderAsync(ct))
        {
            string? district = null, village = null;
            int? kampung = null;
            while (await reader.ReadAsync(ct))
            {
                var districtCode = reader.GetString(0);
                if (districtCode != district)
                {
                    if (kampung is not null) { json.WriteEndArray(); json.WriteEndObject(); }
                    if (village is not null) { json.WriteEndArray(); json.WriteEndObject(); }
                    if (district is not null) { json.WriteEndArray(); json.WriteEndObject(); }
                    (district, village, kampung) = (districtCode, null, null);
                    json.WriteStartObject();
                    json.WriteString("code", districtCode);
                    json.WriteString("name", reader.GetString(1));
                    json.WriteStartArray("villages");
                }
                if (reader.IsDBNull(2)) continue;
                var villageCode = reader.GetString(2);
                if (villageCode != village)
                {
                    if (kampung is not null) { json.WriteEndArray(); json.WriteEndObject(); }
                    if (village is not null) { json.WriteEndArray(); json.WriteEndObject(); }
                    (village, kampung) = (villageCode, null);
                    json.WriteStartObject();
                    json.WriteString("code", villageCode);
                    json.WriteString("name", reader.GetString(3));
                    json.WriteString("kind", VillageKinds[reader.GetInt32(4) - 1]);
                    json.WriteStartArray("kampungKbs");
                }
                if (reader.IsDBNull(5)) continue;
                var id = reader.GetInt32(5);
                if (id != kampung)
                {
                    if (kampung is not null) { json.WriteEndArray(); json.WriteEndObject(); }
                    kampung = id;
                    json.WriteStartObject();
                    json.WriteString("name", reader.GetString(6));
                    json.WriteString("classification", Classes[reader.GetInt32(7) - 1]);
                    json.WriteStartArray("programs");
                }
                if (reader.IsDBNull(8)) continue;
                json.WriteStartObject();
                json.WriteString("status", Statuses[reader.GetInt32(8) - 1]);
                json.WriteStartObject("program");
                json.WriteString("code", reader.GetString(9));
                json.WriteString("name", reader.GetString(10));
                json.WriteEndObject();
                json.WriteEndObject();
            }
            if (kampung is not null) { json.WriteEndArray(); json.WriteEndObject(); }
            if (village is not null) { json.WriteEndArray(); json.WriteEndObject(); }
            if (district is not null) { json.WriteEndArray(); json.WriteEndObject(); }
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    public async Task AggregateAsync(Utf8JsonWriter json, string province, CancellationToken ct)
    {
        await using var db = await database.OpenAsync(ct);
        json.WriteStartArray("kampungKbAggregate");
        await using (var reader = await Command(db, $"""
            SELECT d."RegencyCode", k."Classification", COUNT(*), SUM(CASE WHEN k."HasRumahDataKu" THEN 1 ELSE 0 END)
            {KampungKbRegion}
            WHERE r."ProvinceCode" = @p
            GROUP BY d."RegencyCode", k."Classification"
            ORDER BY d."RegencyCode", k."Classification"
            """, ("p", province)).ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct))
            {
                var (count, rumah) = (Convert.ToInt32(reader.GetValue(2)), Convert.ToInt32(reader.GetValue(3)));
                json.WriteStartObject();
                json.WriteStartObject("key");
                json.WriteString("regencyCode", reader.GetString(0));
                json.WriteString("classification", Classes[reader.GetInt32(1) - 1]);
                json.WriteEndObject();
                json.WriteNumber("count", count);
                json.WriteNumber("rumahDataKuCount", rumah);
                WriteShare(json, "rumahDataKuShare", rumah, count);
                json.WriteEndObject();
            }
        json.WriteEndArray();
    }

    public async Task SeriesAsync(Utf8JsonWriter json, string province, CancellationToken ct)
    {
        await using var db = await database.OpenAsync(ct);
        json.WriteStartArray("indicatorSeries");
        await using (var reader = await Command(db, $"""
            SELECT d."RegencyCode", o."Period", AVG(o."Value"), COUNT(*)
            FROM "Observations" o
            JOIN "KampungKbs" k ON k."Id" = o."KampungKbId"
            JOIN "Villages" v ON v."Code" = k."VillageCode"
            JOIN "Districts" d ON d."Code" = v."DistrictCode"
            JOIN "Regencies" r ON r."Code" = d."RegencyCode"
            WHERE o."IndicatorCode" = 'STUNTING_PREVALENCE' AND r."ProvinceCode" = @p AND o."Period" >= '2024-09' AND o."Period" <= '2025-08'
            GROUP BY d."RegencyCode", o."Period"
            ORDER BY d."RegencyCode", o."Period"
            """, ("p", province)).ExecuteReaderAsync(ct))
        {
            string? region = null;
            while (await reader.ReadAsync(ct))
            {
                var code = reader.GetString(0);
                if (code != region)
                {
                    if (region is not null) { json.WriteEndArray(); json.WriteEndObject(); }
                    region = code;
                    json.WriteStartObject();
                    json.WriteString("regionCode", code);
                    json.WriteStartArray("points");
                }
                json.WriteStartObject();
                json.WriteString("period", reader.GetString(1));
                json.WriteNumber("value", reader.GetDouble(2));
                json.WriteNumber("kampungKbCount", Convert.ToInt32(reader.GetValue(3)));
                json.WriteEndObject();
            }
            if (region is not null) { json.WriteEndArray(); json.WriteEndObject(); }
        }
        json.WriteEndArray();
    }

    private const string DistrictTable = """
        SELECT k."Name", k."VillageCode", k."Classification", k."HasRumahDataKu"
        FROM "KampungKbs" k
        JOIN "Villages" v ON v."Code" = k."VillageCode"
        WHERE v."DistrictCode" = @d
        ORDER BY k."Name", k."Id"
        LIMIT 100
        """;

    public async Task DistrictTableAsync(Utf8JsonWriter json, string district, CancellationToken ct)
    {
        await using var db = await database.OpenAsync(ct);
        json.WriteStartObject("kampungKbTable");
        json.WriteStartArray("items");
        await using (var reader = await Command(db, DistrictTable, ("d", district)).ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct))
            {
                json.WriteStartObject();
                json.WriteString("name", reader.GetString(0));
                json.WriteString("villageCode", reader.GetString(1));
                json.WriteString("classification", Classes[reader.GetInt32(2) - 1]);
                json.WriteBoolean("hasRumahDataKu", reader.GetBoolean(3));
                json.WriteEndObject();
            }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>The view's CSV (RFC 4180: header row, CRLF, fields quoted when they need it).</summary>
    public async Task DistrictCsvAsync(Stream body, string district, CancellationToken ct)
    {
        await using var db = await database.OpenAsync(ct);
        var csv = new StringBuilder("name,villageCode,classification,hasRumahDataKu\r\n");
        await using (var reader = await Command(db, DistrictTable, ("d", district)).ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct))
                csv.Append(Field(reader.GetString(0))).Append(',').Append(Field(reader.GetString(1))).Append(',')
                    .Append(Classes[reader.GetInt32(2) - 1]).Append(',').Append(reader.GetBoolean(3) ? "true" : "false").Append("\r\n");
        await body.WriteAsync(Encoding.UTF8.GetBytes(csv.ToString()), ct);
    }

    private static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : $"\"{value.Replace("\"", "\"\"")}\"";

    private static DbCommand Command(DbConnection db, string sql, params (string Name, object Value)[] parameters)
    {
        var command = db.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }
        return command;
    }

    private static void WriteShare(Utf8JsonWriter json, string name, int part, int whole)
    {
        if (whole == 0) json.WriteNull(name);
        else json.WriteNumber(name, part * 100.0 / whole);
    }

    private static void WriteClasses(Utf8JsonWriter json, int[] counts, int total, bool withShare)
    {
        json.WriteStartArray("byClassification");
        for (var i = 0; i < Classes.Length; i++)
        {
            json.WriteStartObject();
            json.WriteString("classification", Classes[i]);
            json.WriteNumber("count", counts[i]);
            if (withShare) WriteShare(json, "share", counts[i], total);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private sealed class Figures
    {
        public int Villages { get; set; }
        public int Covered { get; set; }
        public int KampungKbs { get; set; }
        public int RumahDataKu { get; set; }
        public int[] Classes { get; } = new int[4];
    }
}
