using KampungKB.Graph.Data;

namespace KampungKB.Graph.Server.Partners;

/// <summary>Confines the request's DbContext to the calling key's region; read as each query runs.</summary>
internal sealed class CallerRegionScope(IHttpContextAccessor http) : IRegionScopeSource
{
    public string? RegionScope => HubCaller.From(http.HttpContext?.User).RegionScope;
}
