// An error body is read only up to a cap: it explains a failure, and a huge one must not stall the page.
export async function readTextCapped(response: Response, maxChars: number): Promise<string> {
  if (!response.body) return "";
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    text += decoder.decode(value, { stream: true });
    if (text.length >= maxChars) {
      void reader.cancel().catch(() => undefined);
      return text.slice(0, maxChars);
    }
  }
}
