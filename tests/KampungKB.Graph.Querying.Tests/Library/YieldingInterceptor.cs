using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace KampungKB.Graph.Querying.Tests.Library;

/// <summary>Makes every database call truly asynchronous, so concurrent use of one DbContext fails here as it would on PostgreSQL.</summary>
public sealed class YieldingInterceptor : DbCommandInterceptor
{
    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        await Task.Yield();
        return result;
    }

    public override async ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result,
        CancellationToken cancellationToken = default)
    {
        await Task.Delay(1, cancellationToken);
        return result;
    }

    public override async ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        await Task.Yield();
        return result;
    }
}
