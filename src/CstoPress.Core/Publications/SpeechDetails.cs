namespace CstoPress.Core.Publications;

/// <summary>
/// What sets a speech apart. The speaker's post is copied as it was on the day:
/// a speech by the Acting Secretary General stays his, whatever posts he holds later.
/// </summary>
public class SpeechDetails
{
    public int? SpeakerId { get; set; }
    public Person? Speaker { get; set; }
    public string? SpeakerPost { get; set; }
    public string? Occasion { get; set; }
    public string? Place { get; set; }
    public DateOnly? DeliveredOn { get; set; }

    /// <summary>The same details for another publication (a translation): the speaker is the same person.</summary>
    public SpeechDetails Copy() => (SpeechDetails)MemberwiseClone();
}
