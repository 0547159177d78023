using System.Net.Sockets;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace CstoPress.Data;

/// <summary>
/// Tells a database that cannot be reached from a bug, by what Npgsql and EF throw, so that callers
/// above the data layer need not know either: they answer 'back shortly' for the first and fail for the second.
/// </summary>
public static class DatabaseFailures
{
    /// <summary>Whether <paramref name="exception"/>, or any exception inside it, says the database is down, restarting or full.</summary>
    public static bool IsOutage(Exception? exception)
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
