using System.Collections.Concurrent;
using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using System.Text;
using Microsoft.EntityFrameworkCore.Query;

namespace KampungKB.Graph.Querying.Plans;

/// <summary>
/// The structure of an expression tree as text: every node, type, member and constant, with each
/// <see cref="ParameterBox"/> written as a numbered slot and collected in order of first appearance. Two trees with the same text differ only in
/// their boxes' values. Null when the tree holds what the text cannot capture (a closure, an object constant, a node
/// kind the engine never builds): such a tree gets no plan.
/// </summary>
internal sealed class ExpressionShape : ExpressionVisitor
{
    // Types and members are written as small numbers, the same for the life of the process.
    private static readonly ConcurrentDictionary<object, int> Ids = new();
    private static int _lastId;

    private readonly StringBuilder _text;
    private readonly List<IParameterBox> _boxes = [];
    private readonly Dictionary<ParameterExpression, int> _parameters = [];
    private bool _unsupported;

    private ExpressionShape(StringBuilder text) => _text = text;

    /// <summary>The text of <paramref name="expression"/> (empty for null) and its boxes, or null when it cannot be written.</summary>
    public static (string Text, List<IParameterBox> Boxes)? Of(Expression? expression)
    {
        var text = new StringBuilder();
        return WriteTo(text, expression) is { } boxes ? (text.ToString(), boxes) : null;
    }

    /// <summary>
    /// Appends the text of <paramref name="expression"/> to <paramref name="text"/> (a plan's key, written in one builder)
    /// and returns its boxes; null when it cannot be written, the text then being of no use.
    /// </summary>
    public static List<IParameterBox>? WriteTo(StringBuilder text, Expression? expression)
    {
        var shape = new ExpressionShape(text);
        shape.Visit(expression);
        return shape._unsupported ? null : shape._boxes;
    }

    /// <summary>Whether a constant of this type is written by value, so two trees that differ in it differ in text.</summary>
    public static bool IsValue(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(DateTime)
            || type == typeof(DateTimeOffset) || type == typeof(DateOnly) || type == typeof(TimeOnly) || type == typeof(TimeSpan) || type == typeof(Guid);
    }

    public override Expression? Visit(Expression? node)
    {
        if (node == null) { _text.Append('~'); return null; }
        if (_unsupported) return node;
        _text.Append('(').Append((int)node.NodeType).Append(':');
        Id(node.Type);
        if (ParameterBox.In(node) is { } box)
        {
            // Numbered by first appearance: a box read twice stays one value.
            var slot = _boxes.FindIndex(b => ReferenceEquals(b, box));
            if (slot < 0) { slot = _boxes.Count; _boxes.Add(box); }
            _text.Append("slot").Append(slot).Append(')');
            return node;
        }
        base.Visit(node);
        _text.Append(')');
        return node;
    }

    protected override Expression VisitConstant(ConstantExpression node)
    {
        if (node.Value == null) _text.Append("null");
        else if (IsValue(node.Value.GetType()))
        {
            var value = Convert.ToString(node.Value, CultureInfo.InvariantCulture) ?? "";
            Id(node.Value.GetType());
            _text.Append(value.Length).Append('\'').Append(value);
        }
        else _unsupported = true;
        return node;
    }

    protected override Expression VisitParameter(ParameterExpression node)
    {
        if (!_parameters.TryGetValue(node, out var index)) _parameters[node] = index = _parameters.Count;
        _text.Append('p').Append(index);
        return node;
    }

    protected override Expression VisitMember(MemberExpression node) { Id(node.Member); return base.VisitMember(node); }

    protected override Expression VisitMethodCall(MethodCallExpression node) { Id(node.Method); return base.VisitMethodCall(node); }

    protected override Expression VisitBinary(BinaryExpression node)
    {
        if (node.Method != null) Id(node.Method);
        _text.Append(node.IsLiftedToNull ? 'n' : 'v');
        return base.VisitBinary(node);
    }

    protected override Expression VisitUnary(UnaryExpression node) { if (node.Method != null) Id(node.Method); return base.VisitUnary(node); }

    protected override Expression VisitNew(NewExpression node)
    {
        if (node.Constructor != null) Id(node.Constructor);
        foreach (var member in node.Members ?? []) Id(member);
        return base.VisitNew(node);
    }

    protected override MemberAssignment VisitMemberAssignment(MemberAssignment node) { Id(node.Member); return base.VisitMemberAssignment(node); }

    protected override MemberMemberBinding VisitMemberMemberBinding(MemberMemberBinding node) { _unsupported = true; return node; }

    protected override MemberListBinding VisitMemberListBinding(MemberListBinding node) { _unsupported = true; return node; }

    protected override Expression VisitTypeBinary(TypeBinaryExpression node) { Id(node.TypeOperand); return base.VisitTypeBinary(node); }

    // EF Core's table roots are the only extension nodes the engine's trees hold.
    protected override Expression VisitExtension(Expression node)
    {
        if (node is EntityQueryRootExpression root) _text.Append(root.EntityType.Name);
        else _unsupported = true;
        return node;
    }

    // Node kinds the engine never builds: no plan rather than a text that might not tell two trees apart.
    protected override Expression VisitBlock(BlockExpression node) { _unsupported = true; return node; }
    protected override Expression VisitDynamic(DynamicExpression node) { _unsupported = true; return node; }
    protected override Expression VisitGoto(GotoExpression node) { _unsupported = true; return node; }
    protected override Expression VisitIndex(IndexExpression node) { _unsupported = true; return node; }
    protected override Expression VisitLabel(LabelExpression node) { _unsupported = true; return node; }
    protected override Expression VisitListInit(ListInitExpression node) { _unsupported = true; return node; }
    protected override Expression VisitLoop(LoopExpression node) { _unsupported = true; return node; }
    protected override Expression VisitRuntimeVariables(RuntimeVariablesExpression node) { _unsupported = true; return node; }
    protected override Expression VisitSwitch(SwitchExpression node) { _unsupported = true; return node; }
    protected override Expression VisitTry(TryExpression node) { _unsupported = true; return node; }
    protected override Expression VisitDebugInfo(DebugInfoExpression node) { _unsupported = true; return node; }

    private void Id(object typeOrMember) => _text.Append('#').Append(Ids.GetOrAdd(typeOrMember, static _ => Interlocked.Increment(ref _lastId)));
}
