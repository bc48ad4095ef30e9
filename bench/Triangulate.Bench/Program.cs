using BenchmarkDotNet.Running;
using Triangulate.Bench;

// `throughput` runs the whole pipeline once over a large corpus and prints reports per second and peak memory;
// `pg-scale` measures one PostgreSQL server at scale (docs/scaling.md); anything else goes to BenchmarkDotNet (`--filter '*Ingest*'`, `--list flat`).
if (args is ["throughput", .. var rest])
{
    return await PipelineThroughput.RunAsync(rest);
}
if (args is ["pg-scale", .. var options])
{
    return await PostgresScale.RunAsync(options);
}
BenchmarkSwitcher.FromAssembly(typeof(PipelineThroughput).Assembly).Run(args);
return 0;
