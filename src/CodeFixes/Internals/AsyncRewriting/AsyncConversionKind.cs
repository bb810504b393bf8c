namespace HookAnalyzers.CodeFixes.Internals.AsyncRewriting;

/// <summary>What making a method or local function async takes.</summary>
internal enum AsyncConversionKind
{
    /// <summary>Already async: nothing to change.</summary>
    None,

    /// <summary><c>void M()</c> becomes <c>async Task M()</c>.</summary>
    FromVoid,

    /// <summary><c>Task M()</c> / <c>ValueTask M()</c> gains <c>async</c>; <c>return task;</c> becomes <c>await task;</c>.</summary>
    FromTask,

    /// <summary><c>Task&lt;T&gt; M()</c> gains <c>async</c>; <c>return task;</c> becomes <c>return await task;</c>.</summary>
    FromTaskOfT,
}
