// The slice of MassTransit's public surface HOOK0009 matches by name, so the sample needs no package.
namespace MassTransit;

public interface IPublishEndpoint
{
    Task Publish<T>(T message, CancellationToken cancellationToken = default)
        where T : class;
}
