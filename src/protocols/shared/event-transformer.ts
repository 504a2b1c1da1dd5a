/** Where a transformer puts what it produces; a TransformStream's controller is one. */
export interface EventSink<T> {
  enqueue(item: T): void;
}

/**
 * A synchronous step over a stream of items, shaped like a WHATWG `Transformer`, so
 * `new TransformStream(transformer)` makes a web stream of it where one is wanted. The proxy
 * runs its steps directly instead: on Node 20 every web-stream hop costs microseconds per
 * chunk, and an SSE answer has hundreds of chunks.
 */
export interface EventTransformer<In, Out> {
  transform(item: In, sink: EventSink<Out>): void;
  flush?(sink: EventSink<Out>): void;
}

/** Runs `first`, then `second` on everything `first` produces, as one transformer. */
export function chainTransformers<In, Middle, Out>(
  first: EventTransformer<In, Middle>,
  second: EventTransformer<Middle, Out>,
): EventTransformer<In, Out> {
  let sink: EventSink<Out> | undefined;
  let bridge: EventSink<Middle> = { enqueue: () => undefined };
  const bridgeTo = (next: EventSink<Out>): EventSink<Middle> => {
    if (next !== sink) {
      sink = next;
      bridge = { enqueue: (item) => second.transform(item, next) };
    }
    return bridge;
  };
  return {
    transform(item, next) {
      first.transform(item, bridgeTo(next));
    },
    flush(next) {
      first.flush?.(bridgeTo(next));
      second.flush?.(next);
    },
  };
}
