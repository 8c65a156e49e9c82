namespace KampungKB.Graph.Data.Tests;

/// <summary>Npgsql prepares the hub's repeated statements unless the connection string says otherwise.</summary>
public sealed class PostgresConnectionTests
{
    [Theory(DisplayName = "Max Auto Prepare is added when the connection string does not set it, and kept when it does")]
    [InlineData("Host=db;Database=kampungkb", "Host=db;Database=kampungkb;Max Auto Prepare=64")]
    [InlineData("Host=db;Database=kampungkb; ", "Host=db;Database=kampungkb;Max Auto Prepare=64")]
    [InlineData("Host=db;max auto prepare=0", "Host=db;max auto prepare=0")]
    [InlineData("Host=db;MaxAutoPrepare=8;Database=k", "Host=db;MaxAutoPrepare=8;Database=k")]
    public void Defaults(string given, string used) => Assert.Equal(used, PostgresConnection.WithDefaults(given));
}
