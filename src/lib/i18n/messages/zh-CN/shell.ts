// The app shell's messages, bundled with it: name, navigation, the language and contrast switches,
// offline and update notices, errors, and the times and units every page uses.
// The source of this part's keys: messages/en/shell.ts must have exactly the same.

export default {
	'app.name': '暖新',
	'app.pageTitle': '{page} · 暖新',
	'a11y.skipToContent': '跳到主要内容',
	'common.working': '请稍候…',
	'common.retry': '重试',

	'locale.switchTo': 'English',
	'locale.switchLabel': '界面语言：',
	'theme.highContrast': '强光模式',

	'nav.label': '主导航',
	'nav.map': '地图',
	'nav.checklist': '开店',
	'nav.report': '反馈',
	'nav.events': '活动',
	'nav.me': '我的',

	'offline.title': '离线中',
	'offline.dataAge': '数据更新于 {age}',
	'offline.noData': '正在使用已保存的应用，部分内容可能不是最新。',

	'update.available': '新版本可用',
	'update.reload': '刷新',
	'update.later': '稍后',

	'error.notFound.title': '页面不存在',
	'error.notFound.body': '这个地址没有内容，可能是功能还没上线或链接有误。',
	'error.generic.title': '出错了',
	'error.generic.body': '页面没能打开，请稍后再试。',
	'error.backToMap': '回到地图',

	'block.name': '方松街道第三街区',

	'time.justNow': '刚刚',
	'time.minutesAgo': { other: '{count} 分钟前' },
	'time.hoursAgo': { other: '{count} 小时前' },
	'time.daysAgo': { other: '{count} 天前' },
	'unit.metres': '{n} 米',
	'unit.kilometres': '{n} 公里'
} as const;
