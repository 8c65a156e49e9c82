namespace KampungKB.Graph.Data.Tests;

/// <summary>Periods are exactly YYYY-MM.</summary>
public sealed class PeriodTests
{
    [Theory(DisplayName = "Only YYYY-MM with a real month is a period")]
    [InlineData("2025-08", true)]
    [InlineData("2024-12", true)]
    [InlineData("2025-13", false)]
    [InlineData("2025-8", false)]
    [InlineData("2025-08-01", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsValid(string? value, bool valid) => Assert.Equal(valid, Period.IsValid(value));

    [Fact(DisplayName = "A range crosses the year and keeps ordinal order")]
    public void Range()
    {
        var months = Period.Range("2024-09", 12);
        Assert.Equal("2024-09", months[0]);
        Assert.Equal("2025-01", months[4]);
        Assert.Equal("2025-08", months[^1]);
        Assert.Equal(months.Order(StringComparer.Ordinal), months);
    }
}
