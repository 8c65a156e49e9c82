namespace KampungKB.Graph.Data;

/// <summary>Tells a host's DbContexts which region the current caller is confined to (null: the whole country).</summary>
public interface IRegionScopeSource
{
    string? RegionScope { get; }
}
