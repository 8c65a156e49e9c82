using KampungKB.Graph.Data.Programs;
using KampungKB.Graph.Querying.Filtering;
using KampungKB.Graph.Querying.Sorting;
using KampungKB.Graph.Server.KampungKb;
using KampungKB.Graph.Server.Programs;

namespace KampungKB.Graph.Server.Indicators;

/// <summary><c>IndicatorFilterInput</c>.</summary>
internal sealed class IndicatorFilterInputType : FilterInputType<Indicator>
{
    public IndicatorFilterInputType()
    {
        Name = "IndicatorFilterInput";
        Description = "Filters indicators.";
        Field(i => i.Code).Description = "Code.";
        Field(i => i.Name).Description = "Name.";
        Field(i => i.ProgramCode).Description = "Code of its programme.";
        Field(i => i.Aggregation, typeof(IndicatorAggregationType)).Description = "How it aggregates.";
        Object(i => i.Program, typeof(ProgramFilterInputType)).Description = "Its programme.";
    }
}

/// <summary><c>ObservationFilterInput</c>.</summary>
internal sealed class ObservationFilterInputType : FilterInputType<Observation>
{
    public ObservationFilterInputType()
    {
        Name = "ObservationFilterInput";
        Description = "Filters observations.";
        Field(o => o.IndicatorCode).Description = "Code of the indicator.";
        Field(o => o.Period).Description = "Period `YYYY-MM` (compare as text: `gte: \"2025-01\"`).";
        Field(o => o.Value).Description = "The value.";
        Object(o => o.KampungKb, typeof(KampungKbFilterInputType)).Description = "The Kampung KB.";
    }
}

/// <summary><c>IndicatorSortInput</c>.</summary>
internal sealed class IndicatorSortInputType : SortInputType<Indicator>
{
    public IndicatorSortInputType()
    {
        Name = "IndicatorSortInput";
        Description = "Sorts indicators.";
        Field(i => i.Code).Description = "By code.";
        Field(i => i.Name).Description = "By name.";
    }
}

/// <summary><c>ObservationSortInput</c>.</summary>
internal sealed class ObservationSortInputType : SortInputType<Observation>
{
    public ObservationSortInputType()
    {
        Name = "ObservationSortInput";
        Description = "Sorts observations.";
        Field(o => o.Period).Description = "By period.";
        Field(o => o.IndicatorCode).Description = "By indicator code.";
        Field(o => o.Value).Description = "By value.";
    }
}
