using KampungKB.Graph.Data.Regions;
using KampungKB.Graph.Querying.Sorting;

namespace KampungKB.Graph.Server.Regions;

/// <summary><c>ProvinceSortInput</c>.</summary>
internal sealed class ProvinceSortInputType : SortInputType<Province>
{
    public ProvinceSortInputType()
    {
        Name = "ProvinceSortInput";
        Description = "Sorts provinces.";
        Field(p => p.Code).Description = "By Kemendagri code.";
        Field(p => p.Name).Description = "By name.";
    }
}

/// <summary><c>RegencySortInput</c>.</summary>
internal sealed class RegencySortInputType : SortInputType<Regency>
{
    public RegencySortInputType()
    {
        Name = "RegencySortInput";
        Description = "Sorts kab/kota.";
        Field(r => r.Code).Description = "By Kemendagri code.";
        Field(r => r.Name).Description = "By name.";
        Field(r => r.Kind).Description = "By kind (KABUPATEN before KOTA).";
        Object(r => r.Province, typeof(ProvinceSortInputType)).Description = "By a field of its province.";
    }
}

/// <summary><c>DistrictSortInput</c>.</summary>
internal sealed class DistrictSortInputType : SortInputType<District>
{
    public DistrictSortInputType()
    {
        Name = "DistrictSortInput";
        Description = "Sorts kecamatan.";
        Field(d => d.Code).Description = "By Kemendagri code.";
        Field(d => d.Name).Description = "By name.";
        Object(d => d.Regency, typeof(RegencySortInputType)).Description = "By a field of its kab/kota.";
    }
}

/// <summary><c>VillageSortInput</c>.</summary>
internal sealed class VillageSortInputType : SortInputType<Village>
{
    public VillageSortInputType()
    {
        Name = "VillageSortInput";
        Description = "Sorts desa/kelurahan.";
        Field(v => v.Code).Description = "By Kemendagri code.";
        Field(v => v.Name).Description = "By name.";
        Field(v => v.Kind).Description = "By kind (KELURAHAN, DESA, DESA_ADAT).";
        Object(v => v.District, typeof(DistrictSortInputType)).Description = "By a field of its kecamatan.";
    }
}
