namespace Triangulate.Model;

/// <summary>
/// One row of the official list of occupied territories: a KATOTTG unit (oblast, raion, hromada or settlement),
/// its name as the list writes it (with any "за винятком …" exceptions) and the dates of occupation.
/// </summary>
public sealed record OccupationEntry(string Code, string Name, DateOnly OccupiedFrom, DateOnly? OccupiedTo, string ListName);
