using System.Net.Sockets;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace CstoPress.Web.Hosting;

/// <summary>
/// Tells a database that cannot be reached from a bug. Readers get a 503 'back shortly' page for
/// the first and the 500 page for the second; monitoring and crawlers can tell the two apart.
/// </summary>
public static class DatabaseOutage
{
    public const int RetryAfterSeconds = 30;

    public static bool IsCause(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case RetryLimitExceededException:
                case SocketException:
                case TimeoutException:
                case NpgsqlException { IsTransient: true }:
                case PostgresException { SqlState: "57P01" or "57P02" or "57P03" or "53300" }:
                    return true;
            }
        }

        return false;
    }
}
