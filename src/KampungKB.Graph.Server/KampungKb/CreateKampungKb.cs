using GraphQL.Types;
using KampungKB.Graph.Server.Mutations;
using KampungKB.Graph.Server.Partners;
using Microsoft.EntityFrameworkCore;
using Entity = KampungKB.Graph.Data.Kampung.KampungKb;

namespace KampungKB.Graph.Server.KampungKb;

/// <summary><c>createKampungKb</c>: a new Kampung KB in a village of the caller's region; its class starts as the rule says (DASAR, no data yet).</summary>
internal static class CreateKampungKb
{
    public static async Task<Payload> HandleAsync(MutationContext m)
    {
        var input = m.Input;
        var villageCode = input.Text("villageCode", required: true, maxLength: 13);
        var name = input.Text("name", required: true);
        var declaredOn = input.Date("declaredOn");
        var coverage = input.Text("coverage");
        var latitude = input.Number("latitude", KampungKbWrites.MinLatitude, KampungKbWrites.MaxLatitude);
        var longitude = input.Number("longitude", KampungKbWrites.MinLongitude, KampungKbWrites.MaxLongitude);
        KampungKbWrites.CheckCoordinates(input, latitude, longitude);
        if (!input.Ok) return new KampungKbPayload { Errors = input.Errors };

        // Through the scoped context: a village outside the caller's region is not found.
        if (!await m.Db.Villages.AnyAsync(v => v.Code == villageCode, m.Cancellation))
        {
            input.NotFound("villageCode", $"There is no village {villageCode}{m.ScopeNote}. Use a desa/kelurahan code such as 51.01.01.2001 (see `villages`).");
            return new KampungKbPayload { Errors = input.Errors };
        }
        var upper = name!.ToUpperInvariant();
        if (await m.Db.KampungKbs.AnyAsync(k => k.VillageCode == villageCode && k.Name.ToUpper() == upper, m.Cancellation))
        {
            input.Conflict("name", $"Village {villageCode} already has a Kampung KB named '{name}'. Change it with updateKampungKb, or choose another name.");
            return new KampungKbPayload { Errors = input.Errors };
        }

        var entity = new Entity
        {
            VillageCode = villageCode!,
            Name = name,
            DeclaredOn = declaredOn!.Value,
            Coverage = coverage,
            Latitude = latitude,
            Longitude = longitude,
            IsActive = input.Bool("isActive", whenMissing: true),
            IsRegencyModel = input.Bool("isRegencyModel"),
            IsProvinceModel = input.Bool("isProvinceModel"),
        };
        m.Db.KampungKbs.Add(entity);
        await m.Db.SaveChangesAsync(m.Cancellation);
        return new KampungKbPayload { KampungKb = await KampungKbWrites.SaveAndClassifyAsync(m, entity.Id, before: null) };
    }
}

/// <summary>GraphQL <c>CreateKampungKbInput</c>.</summary>
internal sealed class CreateKampungKbInputType : MutationInputType
{
    public CreateKampungKbInputType()
    {
        Name = "CreateKampungKbInput";
        Description = "A new Kampung KB. Its class is computed (DASAR until profiles and reports say otherwise).";
        Field<NonNullGraphType<StringGraphType>>("villageCode").Description("Kemendagri code of its village (desa/kelurahan), e.g. `51.01.01.2001`; must lie in your key's region.");
        Field<NonNullGraphType<StringGraphType>>("name").Description("Its name, unique within the village (case ignored), at most 200 characters.");
        Field<NonNullGraphType<DateOnlyGraphType>>("declaredOn").Description("Tanggal pencanangan: the day it was declared; not in the future.");
        Field<StringGraphType>("coverage").Description("Cakupan wilayah: the RW or dusun it covers.");
        Field<FloatGraphType>("latitude").Description("Latitude (WGS 84), -11 to 6; give both coordinates or neither.");
        Field<FloatGraphType>("longitude").Description("Longitude (WGS 84), 94 to 142; give both coordinates or neither.");
        Field<BooleanGraphType>("isActive").DefaultValue(true).Description("Whether it is active.");
        Field<BooleanGraphType>("isRegencyModel").DefaultValue(false).Description("Percontohan kabupaten.");
        Field<BooleanGraphType>("isProvinceModel").DefaultValue(false).Description("Percontohan provinsi.");
    }
}

/// <summary>The payload of <c>createKampungKb</c> and <c>updateKampungKb</c>.</summary>
internal sealed class KampungKbPayload : Payload
{
    public Entity? KampungKb { get; init; }
}

/// <summary>GraphQL <c>CreateKampungKbPayload</c>.</summary>
internal sealed class CreateKampungKbPayloadType : ObjectGraphType<KampungKbPayload>
{
    public CreateKampungKbPayloadType()
    {
        Name = "CreateKampungKbPayload";
        Description = "The result of `createKampungKb`.";
        Field(p => p.KampungKb, type: typeof(KampungKbType)).Description("The new Kampung KB; null when `errors` is not empty.");
        PayloadFields.Errors(this);
    }
}
