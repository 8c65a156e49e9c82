using GraphQL.Types;
using KampungKB.Graph.Data.Partners;
using KampungKB.Graph.Data.Programs;
using KampungKB.Graph.Server.Mutations;
using KampungKB.Graph.Server.Partners;
using Microsoft.EntityFrameworkCore;

namespace KampungKB.Graph.Server.Indicators;

/// <summary>
/// <c>recordObservations</c> (partners and above): a batch of monthly indicator values, upserted on (indicator, Kampung KB,
/// month). All or nothing: every item is checked first and one bad item writes none, with an error per bad item naming
/// its index. Observations do not enter the classification, so no class changes.
/// </summary>
internal static class RecordObservations
{
    public const string EntityType = "Observation";

    /// <summary>Items per call; the request limit <c>GraphQL:Limits:MaxListItems</c> (1,000) usually refuses longer lists first.</summary>
    public const int MaxItems = 1_000;

    public static void AddObservationMutations(this ObjectGraphType mutation) =>
        mutation.Mutation<RecordObservationsInputType, RecordObservationsPayloadType>("recordObservations", HubRole.Partner,
            $"Records monthly indicator values for Kampung KB in your key's region, up to {MaxItems:N0} per call, all or nothing " +
            "(upsert: a value sent again for the same indicator, Kampung KB and month replaces it).", HandleAsync);

    private static async Task<Payload> HandleAsync(MutationContext m)
    {
        var items = m.Input.Items("observations");
        if (items.Count > MaxItems)
        {
            m.Input.Fail("observations", $"observations holds {items.Count:N0} items; send at most {MaxItems:N0} per call, in several calls.", UserErrorCodes.ListTooLong);
            return new ObservationsPayload { Errors = m.Input.Errors };
        }
        if (items.Count == 0) return new ObservationsPayload();

        var indicators = await m.Db.Indicators.AsNoTracking().ToDictionaryAsync(i => i.Code, StringComparer.OrdinalIgnoreCase, m.Cancellation);
        var parsed = items.Select(item => (Item: item, Id: item.KampungKbId("kampungKbId"), Code: item.Text("indicatorCode", required: true, maxLength: 60),
            Period: item.Period("period"))).ToList();
        var ids = parsed.Select(p => p.Id).OfType<int>().Distinct().ToList();
        // Through the scoped context: Kampung KB outside the caller's region are not found.
        var visible = (await m.Db.KampungKbs.Where(k => ids.Contains(k.Id)).Select(k => k.Id).ToListAsync(m.Cancellation)).ToHashSet();

        var rows = new List<Observation>(items.Count);
        var seen = new Dictionary<(int, string, string), int>();
        foreach (var (index, (item, id, code, period)) in parsed.Index())
        {
            Indicator? indicator = null;
            if (code is not null && !indicators.TryGetValue(code, out indicator))
                item.NotFound("indicatorCode", $"There is no indicator '{code}'; known: {string.Join(", ", indicators.Keys.Order())}.");
            if (id is { } known && !visible.Contains(known))
                item.NotFound("kampungKbId", $"There is no Kampung KB {known}{m.ScopeNote}.");
            // Percentages lie in 0-100; counts are never negative (the importer's rule).
            var value = item.Number("value", 0, indicator?.Unit == "%" ? 100 : 1e9);
            if (indicator is null || id is null || value is null || period.Length == 0) continue;
            if (seen.TryGetValue((id.Value, indicator.Code, period), out var first))
            {
                item.Fail("kampungKbId", $"Item {index} repeats item {first} ({indicator.Code} of Kampung KB {id} for {period}); send each value once.", UserErrorCodes.Duplicate);
                continue;
            }
            seen.Add((id.Value, indicator.Code, period), index);
            rows.Add(new Observation { KampungKbId = id.Value, IndicatorCode = indicator.Code, Period = period, Value = value.Value });
        }
        if (!m.Input.Ok)
        {
            // In item order (the checks above run in passes), each item's errors as found.
            return new ObservationsPayload { Errors = [.. m.Input.Errors.OrderBy(e => int.Parse(e.Path[2], System.Globalization.CultureInfo.InvariantCulture))] };
        }

        var codes = rows.Select(r => r.IndicatorCode).Distinct().ToList();
        var periods = rows.Select(r => r.Period).Distinct().ToList();
        var stored = (await m.Db.Observations
                .Where(o => ids.Contains(o.KampungKbId) && codes.Contains(o.IndicatorCode) && periods.Contains(o.Period))
                .ToListAsync(m.Cancellation))
            .ToDictionary(o => (o.KampungKbId, o.IndicatorCode, o.Period));
        var written = new List<(Observation Row, string? Before)>();
        var result = new ObservationsPayload();
        foreach (var row in rows)
        {
            if (stored.TryGetValue((row.KampungKbId, row.IndicatorCode, row.Period), out var existing))
            {
                result.Observations.Add(existing);
                if (existing.Value.Equals(row.Value))
                {
                    result.Unchanged++;
                    continue;
                }
                written.Add((existing, AuditTrail.Snapshot(m.Db, existing)));
                existing.Value = row.Value;
                result.Updated++;
            }
            else
            {
                m.Db.Observations.Add(row);
                written.Add((row, null));
                result.Observations.Add(row);
                result.Created++;
            }
        }
        await m.Db.SaveChangesAsync(m.Cancellation);
        foreach (var (row, before) in written)
            m.Audit(EntityType, $"{row.KampungKbId}:{row.IndicatorCode}:{row.Period}", before, AuditTrail.Snapshot(m.Db, row));
        return result;
    }
}

/// <summary>GraphQL <c>RecordObservationsInput</c>.</summary>
internal sealed class RecordObservationsInputType : MutationInputType
{
    public RecordObservationsInputType()
    {
        Name = "RecordObservationsInput";
        Description = $"A batch of up to {RecordObservations.MaxItems:N0} indicator values, written all or nothing.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ObservationInputType>>>>("observations")
            .Description("The values; each (indicator, Kampung KB, month) at most once.");
    }
}

/// <summary>GraphQL <c>ObservationInput</c>.</summary>
internal sealed class ObservationInputType : MutationInputType
{
    public ObservationInputType()
    {
        Name = "ObservationInput";
        Description = "One monthly value of an indicator for one Kampung KB.";
        Field<NonNullGraphType<IdGraphType>>("kampungKbId").Description("The Kampung KB: its `id`, or its database number; must lie in your key's region.");
        Field<NonNullGraphType<StringGraphType>>("indicatorCode").Description("The indicator's code, e.g. `STUNTING_PREVALENCE` (see `indicators`).");
        Field<NonNullGraphType<StringGraphType>>("period").Description("The month `YYYY-MM`, not after the current one.");
        Field<NonNullGraphType<FloatGraphType>>("value").Description("The value in the indicator's unit: 0 to 100 for percentages, otherwise 0 to 1,000,000,000.");
    }
}

/// <summary>The payload of <c>recordObservations</c>.</summary>
internal sealed class ObservationsPayload : Payload
{
    public List<Observation> Observations { get; } = [];
    public int Created { get; set; }
    public int Updated { get; set; }
    public int Unchanged { get; set; }
}

/// <summary>GraphQL <c>RecordObservationsPayload</c>.</summary>
internal sealed class RecordObservationsPayloadType : ObjectGraphType<ObservationsPayload>
{
    public RecordObservationsPayloadType()
    {
        Name = "RecordObservationsPayload";
        Description = "The result of `recordObservations`.";
        Field(p => p.Observations, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<ObservationType>>>))
            .Description("The values as stored, in the order sent; empty when `errors` is not empty.");
        Field(p => p.Created).Description("Values that were new.");
        Field(p => p.Updated).Description("Values that replaced a different stored value.");
        Field(p => p.Unchanged).Description("Values equal to what was stored (nothing written for them).");
        PayloadFields.Errors(this);
    }
}
