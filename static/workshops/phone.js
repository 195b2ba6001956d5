// Live updates for the participant's phone (the page itself works without this script).
// Reloads when the facilitator changes the activity, unless the person is typing; keeps the
// "chips left" count up to date while typing.
(function () {
	var main = document.querySelector('[data-ws-live]');
	if (!main) return;
	var phase = main.getAttribute('data-ws-phase');
	var typing = false;
	var form = document.querySelector('form[data-ws-chips]');
	if (form) {
		var budget = Number(form.getAttribute('data-ws-chips'));
		var left = form.querySelector('[data-ws-left]');
		form.addEventListener('input', function () {
			typing = true;
			var sum = 0;
			form.querySelectorAll('input[type=number]').forEach(function (i) { sum += Number(i.value) || 0; });
			left.textContent = String(budget - sum);
		});
	}
	document.addEventListener('input', function () { typing = true; });
	if (!window.EventSource) return;
	var es = new EventSource(main.getAttribute('data-ws-live'));
	es.addEventListener('live', function (e) {
		var d = JSON.parse(e.data);
		if (String(d.phase) !== phase && !typing) location.replace(location.pathname);
		else if (String(d.phase) !== phase) phase = String(d.phase), (document.querySelector('.ws-refresh') || main).classList.add('ws-stale');
	});
})();
