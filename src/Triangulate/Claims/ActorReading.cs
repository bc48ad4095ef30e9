namespace Triangulate.Claims;

/// <summary>How an actor phrase places the actor: on a fixed side, on the speaker's side, or on the speaker's enemy's.</summary>
public enum ActorReading
{
    Russian,
    Ukrainian,
    SpeakersOwn,
    SpeakersEnemy,
    /// <summary>"units", "troops", "подразделения": no side named; read as the speaker's own forces.</summary>
    Unqualified,
}
