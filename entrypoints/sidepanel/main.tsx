import { render } from 'preact';
import { App } from './App';
import { t } from '@/lib/i18n';
import '@/components/theme.css';
import './style.css';

document.title = t('extName');
render(<App />, document.getElementById('app')!);
