using KampungKB.Graph.Data.Regions;
using KampungKB.Graph.Querying.Filtering;
using KampungKB.Graph.Server.KampungKb;

namespace KampungKB.Graph.Server.Regions;

/// <summary><c>ProvinceFilterInput</c>.</summary>
internal sealed class ProvinceFilterInputType : FilterInputType<Province>
{
    public ProvinceFilterInputType()
    {
        Name = "ProvinceFilterInput";
        Description = "Filters provinces.";
        Field(p => p.Code).Description = "Kemendagri code.";
        Field(p => p.Name).Description = "Official name.";
        List(p => p.Regencies, typeof(RegencyFilterInputType)).Description = "Its kab/kota.";
    }
}

/// <summary><c>RegencyFilterInput</c>.</summary>
internal sealed class RegencyFilterInputType : FilterInputType<Regency>
{
    public RegencyFilterInputType()
    {
        Name = "RegencyFilterInput";
        Description = "Filters kab/kota.";
        Field(r => r.Code).Description = "Kemendagri code.";
        Field(r => r.Name).Description = "Official name.";
        Field(r => r.Kind, typeof(RegencyKindType)).Description = "Kabupaten or kota.";
        Field(r => r.ProvinceCode).Description = "Code of its province.";
        Object(r => r.Province, typeof(ProvinceFilterInputType)).Description = "Its province.";
        List(r => r.Districts, typeof(DistrictFilterInputType)).Description = "Its kecamatan.";
    }
}

/// <summary><c>DistrictFilterInput</c>.</summary>
internal sealed class DistrictFilterInputType : FilterInputType<District>
{
    public DistrictFilterInputType()
    {
        Name = "DistrictFilterInput";
        Description = "Filters kecamatan.";
        Field(d => d.Code).Description = "Kemendagri code.";
        Field(d => d.Name).Description = "Official name.";
        Field(d => d.RegencyCode).Description = "Code of its kab/kota.";
        Object(d => d.Regency, typeof(RegencyFilterInputType)).Description = "Its kab/kota.";
        List(d => d.Villages, typeof(VillageFilterInputType)).Description = "Its desa/kelurahan.";
    }
}

/// <summary><c>VillageFilterInput</c>.</summary>
internal sealed class VillageFilterInputType : FilterInputType<Village>
{
    public VillageFilterInputType()
    {
        Name = "VillageFilterInput";
        Description = "Filters desa/kelurahan.";
        Field(v => v.Code).Description = "Kemendagri code.";
        Field(v => v.Name).Description = "Official name.";
        Field(v => v.Kind, typeof(VillageKindType)).Description = "Desa, kelurahan or desa adat.";
        Field(v => v.DistrictCode).Description = "Code of its kecamatan.";
        Object(v => v.District, typeof(DistrictFilterInputType)).Description = "Its kecamatan.";
        List(v => v.KampungKbs, typeof(KampungKbFilterInputType)).Description = "Its Kampung KB.";
    }
}
