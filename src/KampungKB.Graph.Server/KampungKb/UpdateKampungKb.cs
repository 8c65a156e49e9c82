using GraphQL.Types;
using KampungKB.Graph.Server.Mutations;
using KampungKB.Graph.Server.Partners;
using Microsoft.EntityFrameworkCore;

namespace KampungKB.Graph.Server.KampungKb;

/// <summary>
/// <c>updateKampungKb</c>: changes only the fields sent; null clears coverage and coordinates. The village cannot change:
/// a Kampung KB belongs to its village (its data and class follow it), so a move is a new Kampung KB and the old one made inactive.
/// </summary>
internal static class UpdateKampungKb
{
    public static async Task<Payload> HandleAsync(MutationContext m)
    {
        var input = m.Input;
        if (input.KampungKbId("id") is not { } id) return new KampungKbPayload { Errors = input.Errors };
        // Tracked, through the scoped context: outside the caller's region it is not found.
        var entity = await m.Db.KampungKbs.FirstOrDefaultAsync(k => k.Id == id, m.Cancellation);
        if (entity is null)
        {
            input.NotFound("id", $"There is no Kampung KB {id}{m.ScopeNote}. Look it up with `kampungKbs` and pass its `id`.");
            return new KampungKbPayload { Errors = input.Errors };
        }
        var before = AuditTrail.Snapshot(m.Db, entity);

        foreach (var required in new[] { "name", "declaredOn", "isActive", "isRegencyModel", "isProvinceModel" })
            if (input.Has(required) && input.IsNull(required))
                input.Fail(required, $"{required} cannot be null; leave it out to keep the current value.", UserErrorCodes.Required);
        if (!input.IsNull("name") && input.Has("name") && input.Text("name", required: true) is { } name)
        {
            var upper = name.ToUpperInvariant();
            if (!string.Equals(name, entity.Name, StringComparison.OrdinalIgnoreCase)
                && await m.Db.KampungKbs.AnyAsync(k => k.VillageCode == entity.VillageCode && k.Id != id && k.Name.ToUpper() == upper, m.Cancellation))
                input.Conflict("name", $"Village {entity.VillageCode} already has a Kampung KB named '{name}'; choose another name.");
            entity.Name = name;
        }
        if (input.Has("declaredOn") && input.Date("declaredOn") is { } declaredOn) entity.DeclaredOn = declaredOn;
        if (input.Has("coverage")) entity.Coverage = input.Text("coverage");
        if (input.Has("latitude")) entity.Latitude = input.Number("latitude", KampungKbWrites.MinLatitude, KampungKbWrites.MaxLatitude);
        if (input.Has("longitude")) entity.Longitude = input.Number("longitude", KampungKbWrites.MinLongitude, KampungKbWrites.MaxLongitude);
        KampungKbWrites.CheckCoordinates(input, entity.Latitude, entity.Longitude);
        if (input.Has("isActive")) entity.IsActive = input.Bool("isActive", entity.IsActive);
        if (input.Has("isRegencyModel")) entity.IsRegencyModel = input.Bool("isRegencyModel", entity.IsRegencyModel);
        if (input.Has("isProvinceModel")) entity.IsProvinceModel = input.Bool("isProvinceModel", entity.IsProvinceModel);
        if (!input.Ok) return new KampungKbPayload { Errors = input.Errors };

        return new KampungKbPayload { KampungKb = await KampungKbWrites.SaveAndClassifyAsync(m, id, before) };
    }
}

/// <summary>GraphQL <c>UpdateKampungKbInput</c>.</summary>
internal sealed class UpdateKampungKbInputType : MutationInputType
{
    public UpdateKampungKbInputType()
    {
        Name = "UpdateKampungKbInput";
        Description = "Changes to a Kampung KB: only the fields sent change; `null` clears `coverage` and the coordinates. " +
            "The village cannot change (create a new Kampung KB and set the old one's `isActive` to false); the class is computed.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The Kampung KB: its `id`, or its database number.");
        Field<StringGraphType>("name").Description("New name, unique within its village (case ignored), at most 200 characters.");
        Field<DateOnlyGraphType>("declaredOn").Description("Tanggal pencanangan; not in the future.");
        Field<StringGraphType>("coverage").Description("Cakupan wilayah: the RW or dusun it covers; null clears it.");
        Field<FloatGraphType>("latitude").Description("Latitude (WGS 84), -11 to 6; null clears it. Both coordinates or neither must remain.");
        Field<FloatGraphType>("longitude").Description("Longitude (WGS 84), 94 to 142; null clears it. Both coordinates or neither must remain.");
        Field<BooleanGraphType>("isActive").Description("Whether it is active.");
        Field<BooleanGraphType>("isRegencyModel").Description("Percontohan kabupaten.");
        Field<BooleanGraphType>("isProvinceModel").Description("Percontohan provinsi.");
    }
}

/// <summary>GraphQL <c>UpdateKampungKbPayload</c>.</summary>
internal sealed class UpdateKampungKbPayloadType : ObjectGraphType<KampungKbPayload>
{
    public UpdateKampungKbPayloadType()
    {
        Name = "UpdateKampungKbPayload";
        Description = "The result of `updateKampungKb`.";
        Field(p => p.KampungKb, type: typeof(KampungKbType)).Description("The Kampung KB as stored now; null when `errors` is not empty.");
        PayloadFields.Errors(this);
    }
}
