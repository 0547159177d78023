namespace CstoPress.Data.Nodes;

/// <summary>Told what <see cref="PublicContentChannel.ListenAsync"/> hears. Called on the listening loop: return at once.</summary>
public interface IPublicContentListener
{
    /// <summary>The channel is open (true) or lost (false); notices sent while it was lost are not heard.</summary>
    void ListeningChanged(bool listening);

    void Noticed(PublicContentNotice notice);
}
