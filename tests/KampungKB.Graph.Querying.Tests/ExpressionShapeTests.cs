using System.Linq.Expressions;
using KampungKB.Graph.Querying.Plans;

namespace KampungKB.Graph.Querying.Tests;

/// <summary>The text a compiled plan is keyed by: equal exactly when two trees differ in their boxes' values alone.</summary>
public sealed class ExpressionShapeTests
{
    private sealed record Row(string Name, int Year);

    private static Expression<Func<Row, bool>> Equal(string name)
    {
        var row = Expression.Parameter(typeof(Row), "x");
        return Expression.Lambda<Func<Row, bool>>(Expression.Equal(Expression.Property(row, nameof(Row.Name)), ParameterBox.Of(name, typeof(string))), row);
    }

    [Fact(DisplayName = "Two trees that differ only in a box's value have one text, and their boxes hold their own values")]
    public void Values_are_slots()
    {
        var (a, b) = (ExpressionShape.Of(Equal("Jembrana"))!.Value, ExpressionShape.Of(Equal("Tabanan"))!.Value);

        Assert.Equal(a.Text, b.Text);
        Assert.Equal("Jembrana", Assert.Single(a.Boxes).BoxedValue);
        Assert.Equal("Tabanan", Assert.Single(b.Boxes).BoxedValue);
    }

    [Fact(DisplayName = "A constant, a member, an operator or one box read twice instead of two boxes changes the text")]
    public void Structure_is_in_the_text()
    {
        var row = Expression.Parameter(typeof(Row), "x");
        var year = Expression.Property(row, nameof(Row.Year));
        var box = ParameterBox.Of(1990, typeof(int));
        Expression<Func<Row, bool>> Lambda(Expression body) => Expression.Lambda<Func<Row, bool>>(body, row);
        var trees = new Expression[]
        {
            Lambda(Expression.Constant(true)),
            Lambda(Expression.Constant(false)),
            Lambda(Expression.GreaterThan(year, box)),
            Lambda(Expression.LessThan(year, box)),
            Lambda(Expression.Equal(Expression.Property(row, nameof(Row.Name)), Expression.Constant(null, typeof(string)))),
            Lambda(Expression.AndAlso(Expression.GreaterThan(year, box), Expression.LessThan(year, box))),
            Lambda(Expression.AndAlso(Expression.GreaterThan(year, box), Expression.LessThan(year, ParameterBox.Of(1990, typeof(int))))),
        };

        var texts = trees.Select(t => ExpressionShape.Of(t)!.Value.Text).ToList();

        Assert.Equal(texts.Count, texts.Distinct().Count());
    }

    [Fact(DisplayName = "A closure's value cannot be written, so a tree holding one gets no text (and no plan)")]
    public void Closures_are_refused()
    {
        var name = "Jembrana";
        Expression<Func<Row, bool>> closure = x => x.Name == name;

        Assert.Null(ExpressionShape.Of(closure));
    }
}
