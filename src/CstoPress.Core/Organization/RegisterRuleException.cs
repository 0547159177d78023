namespace CstoPress.Core.Organization;

/// <summary>A rule of the register was broken; the message is written for the editor who broke it.</summary>
public class RegisterRuleException(string message) : Exception(message);
