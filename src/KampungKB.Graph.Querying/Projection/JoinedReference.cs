using System.Reflection;

namespace KampungKB.Graph.Querying.Projection;

/// <summary>
/// A reference field that names its navigation property: when the engine projects the field's source rows, it projects
/// <see cref="Navigation"/> too (with <see cref="TargetKey"/> and the selected subfields), so one statement loads both.
/// <see cref="Required"/>: the foreign key cannot be null, so every loaded source has its target (EF Core joins it inner).
/// </summary>
internal sealed record JoinedReference(MemberInfo Navigation, MemberInfo TargetKey, bool Required);
