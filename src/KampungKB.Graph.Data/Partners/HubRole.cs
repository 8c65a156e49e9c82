namespace KampungKB.Graph.Data.Partners;

/// <summary>What an API key may do; each role may do everything the roles before it may.</summary>
public enum HubRole
{
    /// <summary>Reads everything in scope except sensitive personal data.</summary>
    Viewer = 1,
    /// <summary>Also reads sensitive personal data (PLKB name and contact).</summary>
    Analyst = 2,
    /// <summary>Also records its own programme data: observations and programme participation.</summary>
    Partner = 3,
    /// <summary>Also creates and updates Kampung KB, profile snapshots and monthly reports.</summary>
    Editor = 4,
    /// <summary>Also manages views and reads the audit log.</summary>
    Admin = 5,
}
