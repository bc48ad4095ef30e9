namespace Triangulate.Model;

/// <summary>A dated map of the area one side occupies, as GeoJSON text (DeepStateMap's daily snapshot shape).</summary>
public sealed record ControlMap(string Name, DateOnly Date, string GeoJson, string OccupyingSide = "RU");
