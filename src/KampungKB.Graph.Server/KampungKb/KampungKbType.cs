using GraphQL.Types;
using KampungKB.Graph.Server.Relay;
using Entity = KampungKB.Graph.Data.Kampung.KampungKb;

namespace KampungKB.Graph.Server.KampungKb;

/// <summary>GraphQL <c>KampungKb</c>.</summary>
internal sealed class KampungKbType : ObjectGraphType<Entity>
{
    public KampungKbType()
    {
        Name = "KampungKb";
        Description = "A Kampung Keluarga Berkualitas: a village community organised around family quality, as the BKKBN portal records it.";
        this.NodeId(k => k.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Field(k => k.Name).Description("Name of the Kampung KB.");
        Field(k => k.VillageCode).Description("Kemendagri code of the village it lies in.");
        Field(k => k.DeclaredOn).Description("Tanggal pencanangan: the day it was declared.");
        Field(k => k.Coverage, nullable: true).Description("Cakupan wilayah: the RW or dusun it covers.");
        Field(k => k.Latitude, nullable: true).Description("Latitude (WGS 84) of its secretariat.");
        Field(k => k.Longitude, nullable: true).Description("Longitude (WGS 84) of its secretariat.");
        Field(k => k.IsActive).Description("Whether it is active.");
        Field(k => k.IsRegencyModel).Description("Percontohan kabupaten: a model Kampung KB of its kab/kota.");
        Field(k => k.IsProvinceModel).Description("Percontohan provinsi: a model Kampung KB of its province.");
        Field(k => k.HasRumahDataKu).Description("Whether its current profile has a Rumah DataKu (village micro-data house).");
        Field(k => k.Classification, type: typeof(NonNullGraphType<ClassificationType>))
            .Description("Its class, computed by the classification rule from the latest profile, report and programmes.");
    }
}
