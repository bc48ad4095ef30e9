using BenchmarkDotNet.Running;
using Triangulate.Bench;

// `throughput` runs the whole pipeline once over a large corpus and prints reports per second and peak memory;
// anything else goes to BenchmarkDotNet (`--filter '*Ingest*'`, `--list flat`).
if (args is ["throughput", .. var rest])
{
    return await PipelineThroughput.RunAsync(rest);
}
BenchmarkSwitcher.FromAssembly(typeof(PipelineThroughput).Assembly).Run(args);
return 0;
