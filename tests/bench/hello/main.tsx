// The baseline for the start-up benchmark: a Preact page built with the same tools, with a
// service worker, and nothing else.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';

function Hello() {
  const [count, setCount] = useState(0);
  useEffect(() => {
    performance.mark('pp:start-interactive');
  }, []);
  return (
    <main>
      <h1>Hallo</h1>
      <button type="button" onClick={() => setCount(count + 1)}>
        {count}
      </button>
    </main>
  );
}

render(<Hello />, document.getElementById('app')!);
