namespace CstoPress.Data.Nodes;

/// <summary>
/// One node telling the others that what readers see has changed: which node (so that it can ignore its
/// own notice) and the primary's WAL position once the change was committed (so that a node reading from a
/// replica waits until the replica has it).
/// </summary>
public sealed record PublicContentNotice(string Node, string WalPosition)
{
    public string Payload => $"{Node} {WalPosition}";

    public static PublicContentNotice? Parse(string payload) =>
        payload.Split(' ', 2) is [var node, var position] ? new PublicContentNotice(node, position) : null;
}
