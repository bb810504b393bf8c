using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/HookAnalyzers.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(HookAnalyzers.Benchmarks.GeneratorBenchmarks).Assembly).Run(args);
