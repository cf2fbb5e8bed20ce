export default { fetch: () => new Response(JSON.stringify({ok:true})) };
