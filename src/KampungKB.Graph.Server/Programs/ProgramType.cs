using GraphQL.Types;
using KampungKB.Graph.Data.Programs;
using KampungKB.Graph.Server.Relay;

namespace KampungKB.Graph.Server.Programs;

/// <summary>GraphQL <c>Program</c>.</summary>
internal sealed class ProgramType : ObjectGraphType<SectorProgram>
{
    public ProgramType()
    {
        Name = "Program";
        Description = "A sector programme linked to Kampung KB (GATI, DEKAT, stunting reduction, Koperasi Merah Putih, Posyandu, ...).";
        this.NodeId(p => p.Code);
        Field(p => p.Code).Description("Short stable code, e.g. `DEKAT`.");
        Field(p => p.Name).Description("Name of the programme.");
        Field(p => p.Description, nullable: true).Description("What the programme does.");
        Field(p => p.AgencyCode).Description("Code of the agency that runs it.");
        Field(p => p.ParentCode, nullable: true).Description("Code of the programme it belongs to, e.g. `GATI` for `DEKAT`.");
    }
}
