using Npgsql;

namespace CstoPress.Data.Nodes;

/// <summary>
/// The PostgreSQL servers a node talks to: the primary, where everything is written and the press office
/// reads, and optionally a streaming replica for what anonymous readers are served.
/// </summary>
public sealed record DatabaseConnections(string Primary, string? Replica)
{
    /// <summary>
    /// The primary, for a connection of its own that stays open while the node runs: kept out of the pool
    /// (it would hold a pooled slot for ever) and named, so that an operator can tell it in pg_stat_activity.
    /// </summary>
    public string PrimaryListening(string applicationName) =>
        new NpgsqlConnectionStringBuilder(Primary) { Pooling = false, ApplicationName = applicationName }.ConnectionString;
}
