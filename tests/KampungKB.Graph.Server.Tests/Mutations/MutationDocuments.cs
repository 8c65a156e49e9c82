using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;

namespace KampungKB.Graph.Server.Tests.Mutations;

/// <summary>The mutation documents the tests send, inputs that pass validation, and helpers to read payloads.</summary>
public static class MutationDocuments
{
    private const string Errors = "errors { __typename code message path ... on ValidationError { field } }";
    private const string KampungKb = "kampungKb { id name villageCode declaredOn coverage latitude longitude isActive isRegencyModel isProvinceModel hasRumahDataKu classification }";

    public static readonly IReadOnlyDictionary<string, string> Documents = new Dictionary<string, string>
    {
        ["createKampungKb"] = $"mutation($input: CreateKampungKbInput!) {{ createKampungKb(input: $input) {{ {KampungKb} {Errors} }} }}",
        ["updateKampungKb"] = $"mutation($input: UpdateKampungKbInput!) {{ updateKampungKb(input: $input) {{ {KampungKb} {Errors} }} }}",
        ["submitProfileSnapshot"] = $"mutation($input: SubmitProfileSnapshotInput!) {{ submitProfileSnapshot(input: $input) {{ created profile {{ period pokjaMembers hasRumahDataKu fundingSources poktan }} {KampungKb} {Errors} }} }}",
        ["submitMonthlyReport"] = $"mutation($input: SubmitMonthlyReportInput!) {{ submitMonthlyReport(input: $input) {{ created report {{ period pus contraceptiveUsers }} {KampungKb} {Errors} }} }}",
        ["joinProgram"] = $"mutation($input: JoinProgramInput!) {{ joinProgram(input: $input) {{ participation {{ programCode status since }} {KampungKb} {Errors} }} }}",
        ["leaveProgram"] = $"mutation($input: LeaveProgramInput!) {{ leaveProgram(input: $input) {{ participation {{ programCode status since }} {KampungKb} {Errors} }} }}",
        ["recordObservations"] = $"mutation($input: RecordObservationsInput!) {{ recordObservations(input: $input) {{ created updated unchanged observations {{ indicatorCode kampungKbId period value }} {Errors} }} }}",
    };

    /// <summary>Sends the mutation and returns the whole response body.</summary>
    public static Task<JsonNode> MutateAsync(this HttpClient client, string mutation, object input, bool expectSuccess = true) =>
        client.GraphQLAsync(Documents[mutation], new { input }, expectSuccess: expectSuccess);

    /// <summary>Sends the mutation and returns <c>data.&lt;mutation&gt;</c>, failing on GraphQL errors.</summary>
    public static async Task<JsonNode> PayloadAsync(this HttpClient client, string mutation, object input)
    {
        var body = await client.MutateAsync(mutation, input);
        Assert.True(body["errors"] is null, $"GraphQL errors: {body["errors"]}");
        return body["data"]![mutation]!;
    }

    /// <summary>Sends the mutation and returns the payload, failing unless its <c>errors</c> is empty.</summary>
    public static async Task<JsonNode> SucceedAsync(this HttpClient client, string mutation, object input)
    {
        var payload = await client.PayloadAsync(mutation, input);
        Assert.True(payload["errors"]!.AsArray().Count == 0, $"Payload errors: {payload["errors"]}");
        return payload;
    }

    /// <summary>(code, field or last path element) of each payload error.</summary>
    public static List<(string Code, string Field)> ErrorsOf(JsonNode payload) =>
        payload["errors"]!.AsArray().Select(e => ((string)e!["code"]!, (string?)e["field"] ?? (string)e["path"]!.AsArray()[^1]!)).ToList();

    public static object NewKampungKb(string villageCode, string? name = null) => new
    {
        villageCode,
        name = name ?? $"Kampung KB Uji {Guid.NewGuid():N}"[..30],
        declaredOn = "2025-01-15",
        coverage = "Dusun Kaja",
        latitude = -8.35,
        longitude = 114.62,
    };

    /// <summary>A profile that makes the input and process indices high (3.6 and 3.0) on its own.</summary>
    public static object StrongProfile(string kampungKbId, string period) => new
    {
        kampungKbId,
        period,
        pokjaFormed = true,
        pokjaHasSk = true,
        pokjaMembers = 12,
        pokjaMembersTrained = 8,
        hasPlkb = true,
        plkbName = "Ni Made Uji",
        plkbContact = "0812-0000-0000",
        regulations = new[] { "BUPATI" },
        hasRkm = true,
        fundingSources = new[] { "APBN", "APBD", "DANA_DESA", "HIBAH", "CSR", "SWADAYA" },
        poktan = new[] { "BKB", "BKR", "BKL", "UPPKA", "PIK_R" },
        hasSekretariat = true,
        hasRumahDataKu = true,
        dataSources = new[] { "PENDATAAN_KELUARGA", "DATA_RUTIN", "DATA_SEKTORAL", "PROFIL_DESA", "SURVEI" },
        mechanisms = new[] { "RAPAT_KOORDINASI", "SOSIALISASI", "PELAYANAN_TERPADU", "MONITORING", "EVALUASI", "PELAPORAN" },
    };

    /// <summary>A report that makes the output index high: participation 40 %, CPR 60 %, MKJP 33 %, unmet need 4 %.</summary>
    public static object StrongReport(string kampungKbId, string period) => new
    {
        kampungKbId,
        period,
        families = 100,
        pus = 100,
        iud = 20,
        mow = 0,
        mop = 0,
        kondom = 10,
        implan = 0,
        suntik = 20,
        pil = 10,
        iat = 2,
        tial = 2,
        poktanParticipants = 40,
    };

    /// <summary>The first Kampung KB (by ID) of a kab/kota, as stored.</summary>
    public static async Task<Data.Kampung.KampungKb> KampungKbOfAsync(this HubFactory hub, string regency)
    {
        await using var db = hub.StartedDatabase();
        return await db.KampungKbs.AsNoTracking().OrderBy(k => k.Id).FirstAsync(k => k.VillageCode.StartsWith(regency + "."));
    }

    /// <summary>The first village (by code) of a kab/kota.</summary>
    public static async Task<string> VillageOfAsync(this HubFactory hub, string regency)
    {
        await using var db = hub.StartedDatabase();
        return await db.Villages.AsNoTracking().Where(v => v.Code.StartsWith(regency + ".")).OrderBy(v => v.Code).Select(v => v.Code).FirstAsync();
    }

    /// <summary>Row counts of the tables mutations write, to show that nothing was written.</summary>
    public static async Task<string> WrittenRowsAsync(this HubFactory hub)
    {
        await using var db = hub.StartedDatabase();
        return string.Join(" ", await db.KampungKbs.CountAsync(), await db.ProfileSnapshots.CountAsync(), await db.MonthlyReports.CountAsync(),
            await db.ProgramParticipations.CountAsync(), await db.Observations.CountAsync(), await db.AuditLog.CountAsync(),
            await db.KampungKbs.SumAsync(k => (int)k.Classification), await db.ProgramParticipations.SumAsync(p => (int)p.Status));
    }

    /// <summary>The hub's database, once the hub has started (and so migrated and seeded it).</summary>
    private static Data.KampungKbDbContext StartedDatabase(this HubFactory hub)
    {
        _ = hub.Server;
        return hub.OpenDatabase();
    }

    public static string Id(int databaseId) => Relay.GlobalId.Encode("KampungKb", databaseId);
}
