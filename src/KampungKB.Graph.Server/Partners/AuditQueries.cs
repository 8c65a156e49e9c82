using GraphQL;
using GraphQL.Types;
using KampungKB.Graph.Data.Partners;
using KampungKB.Graph.Querying;
using KampungKB.Graph.Server.Types;
using Microsoft.EntityFrameworkCore;

namespace KampungKB.Graph.Server.Partners;

/// <summary>
/// <c>auditLog</c>: for admins without a region scope only. Entries are not region rows and name entities of every region
/// (and, later, views), so a scoped admin could learn of changes outside the region; it gets AUTH_NOT_AUTHORIZED instead.
/// </summary>
internal static class AuditQueries
{
    public static void AddAuditQueries(this ObjectGraphType query) =>
        query.Connection("auditLog", typeof(AuditEntryType), ctx =>
            {
                var caller = ctx.Caller();
                if (caller.IsAnonymous || !caller.Has(HubRole.Admin) || caller.RegionScope is not null)
                    throw new ExecutionError(caller.IsAnonymous || !caller.Has(HubRole.Admin)
                        ? "The audit log is readable by admins only: send an API key with the role admin."
                        : $"The audit log spans every region; the key '{caller.Name}' is confined to {caller.RegionScope}. Use an admin key without a region scope.")
                    { Code = AuthErrors.NotAuthorized };
                return ctx.Db().AuditLog.AsNoTracking();
            })
            .Filter<AuditEntryFilterInputType>().Sort<AuditEntrySortInputType>().DescendingKey(e => e.Id)
            .Description("Changes made through mutations, newest first unless `order` says otherwise, with cursor paging. Admins without a region scope only.");
}
