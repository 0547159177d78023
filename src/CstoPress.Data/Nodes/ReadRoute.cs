namespace CstoPress.Data.Nodes;

/// <summary>
/// Which server the database context of one request reads from. The primary unless the request is told
/// otherwise before it first touches the database; only anonymous reads of public content are, so an
/// editor's work and what they read right after it always see the primary.
/// </summary>
public sealed class ReadRoute(DatabaseConnections connections)
{
    private bool _replica;

    /// <summary>Whether this request's reads go to the replica (there is one, and the request was sent there).</summary>
    public bool ToReplica => _replica && connections.Replica is not null;

    /// <summary>Sends this request's reads to the replica, when there is one; too late once the context exists.</summary>
    public void ReadFromReplica() => _replica = true;

    public string ConnectionString => ToReplica ? connections.Replica! : connections.Primary;
}
